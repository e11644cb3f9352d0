"""Stage 6, site: episodes -> what the output folder shows the world.

In: the show's settings and its episodes (`models.Episode`, with their cues). Out: `feed.xml`
(`rss`), the index and episode pages with the "listen to this article" player (`pages`,
`player`), transcripts and chapters files (`transcripts`), cover art (`artwork`); `check`
validates a feed as a podcast directory would, `serve` serves the folder to podcast apps.
"""

"""Stage 1, ingest: a source the user named -> `RawDocument`s.

In: a URL, a file, a folder, an RSS/Atom feed or "-" (stdin). Out: the bytes of each document
with its media type and where it came from (`models.RawDocument`), plus the feed items
(`feeds.FeedItem`) that `follow` reads (`feedget`: conditional GET) and an episode's lead image
(`images`). All network access of the product goes through the one guarded HTTP client here
(`http`): private-address refusal, size caps, deadlines, one User-Agent. `decode` turns bytes
into text. Nothing in this stage knows what an article is.
"""

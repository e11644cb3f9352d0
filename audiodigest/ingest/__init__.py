"""Stage 1, ingest: a source the user named -> `RawDocument`s.

In: a URL, a file, a folder, an RSS/Atom feed or "-" (stdin). Out: the bytes of each document
with its media type and where it came from (`models.RawDocument`), plus the feed items
(`feeds.FeedItem`) that `follow` reads. All network access of the product goes through the one
guarded HTTP client here (`fetch`): private-address refusal, size caps, deadlines, one
User-Agent. Nothing in this stage knows what an article is.
"""

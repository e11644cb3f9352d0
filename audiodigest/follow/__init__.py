"""Follow: RSS/Atom feeds -> new items published as episodes, for cron.

In: the feeds a show follows. Out: one episode per new or edited item (or one digest), with what
was seen kept in the catalogue so the next run does only what is new (`run`).
"""

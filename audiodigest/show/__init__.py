"""Stage 7, show: a rendered episode -> published in the show's folder, atomically.

In: a script and its rendered audio. Out: the episode in the catalogue (SQLite, the show's
truth; `catalogue`) with its files moved in under content-hashed names (`names`, `folder`), and
the feed and pages rendered from the catalogue (`publish`): episode identity, retention, the
base URL and podcast:guid, staging, recovery after a killed run.
"""

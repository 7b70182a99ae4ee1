"""Qt-free search package: load content, render Markdown, build and query the Whoosh index."""

from index.whoosh_import import lighten_whoosh_import

# Before any module of the package imports whoosh (see index/whoosh_import.py).
lighten_whoosh_import()

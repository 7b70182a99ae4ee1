"""Qt-free search package: load content, render Markdown, build and query the Whoosh index."""

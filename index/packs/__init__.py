"""Information packs: the `.chpack` format, its signatures, pack folders and the pack store.

See docs/PACKS.md. Qt-free, like the rest of `index`.
"""

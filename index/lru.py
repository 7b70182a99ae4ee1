"""A tiny bounded cache (the Searcher's caches must not grow with what people type)."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any


class LRU(OrderedDict[Any, Any]):
    """A bounded mapping that forgets its oldest entry when full."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: Any, value: Any) -> Any:
        """Store and return value, evicting the oldest entry when full."""
        self[key] = value
        self.move_to_end(key)
        if len(self) > self.size:
            self.popitem(last=False)
        return value

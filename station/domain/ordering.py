"""Per-candidate order of items and options, reproducible anywhere from a seed.

The algorithm (ADR 0004) is spelled out so headquarters, or anyone, can
rebuild a candidate's screen order without this code: a SHA-256 counter-mode
byte stream over the seed and a label drives a Fisher–Yates shuffle, with
rejection sampling so every permutation is equally likely.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from station.domain.exam import Exam

ORDER_ALGORITHM = "sha256-ctr-fisher-yates/1"


class _ByteStream:
    """SHA-256(seed ‖ len(label) ‖ label ‖ counter) blocks, counter from 0."""

    def __init__(self, seed: bytes, label: str) -> None:
        encoded = label.encode()
        self._prefix = seed + len(encoded).to_bytes(4, "big") + encoded
        self._counter = 0
        self._buffer = b""

    def take_u64(self) -> int:
        while len(self._buffer) < 8:
            block = hashlib.sha256(self._prefix + self._counter.to_bytes(8, "big")).digest()
            self._buffer += block
            self._counter += 1
        value, self._buffer = self._buffer[:8], self._buffer[8:]
        return int.from_bytes(value, "big")

    def below(self, bound: int) -> int:
        """A uniform integer in ``[0, bound)`` by rejection sampling."""
        limit = (1 << 64) - ((1 << 64) % bound)
        while True:
            value = self.take_u64()
            if value < limit:
                return value % bound


def shuffled(values: Sequence[str], *, seed: bytes, label: str) -> tuple[str, ...]:
    """``values`` permuted by Fisher–Yates driven by the seeded stream."""
    result = list(values)
    stream = _ByteStream(seed, label)
    for i in range(len(result) - 1, 0, -1):
        j = stream.below(i + 1)
        result[i], result[j] = result[j], result[i]
    return tuple(result)


@dataclass(frozen=True, slots=True)
class SectionPlan:
    """The order one candidate sees a section in."""

    item_ids: tuple[str, ...]
    option_orders: dict[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class AttemptPlan:
    seed: bytes
    algorithm: str
    sections: tuple[SectionPlan, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "seed": self.seed.hex(),
            "algorithm": self.algorithm,
            "sections": [
                {
                    "items": list(plan.item_ids),
                    "options": {item: list(order) for item, order in plan.option_orders.items()},
                }
                for plan in self.sections
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AttemptPlan:
        return cls(
            seed=bytes.fromhex(data["seed"]),
            algorithm=data["algorithm"],
            sections=tuple(
                SectionPlan(
                    item_ids=tuple(plan["items"]),
                    option_orders={k: tuple(v) for k, v in plan["options"].items()},
                )
                for plan in data["sections"]
            ),
        )


def make_plan(exam: Exam, *, seed: bytes) -> AttemptPlan:
    """Order every section's items and every item's options for one candidate.

    Labels are ``items/<section id>`` and ``options/<item id>``; sections or
    items that do not shuffle keep their authored order.
    """
    plans = []
    for section in exam.sections:
        ids = [item.id for item in section.items]
        if section.shuffle_items:
            ids = list(shuffled(ids, seed=seed, label=f"items/{section.id}"))
        option_orders = {}
        for item in section.items:
            option_ids = item.option_ids
            if item.shuffle_options:
                option_ids = shuffled(option_ids, seed=seed, label=f"options/{item.id}")
            option_orders[item.id] = tuple(option_ids)
        plans.append(SectionPlan(tuple(ids), option_orders))
    return AttemptPlan(seed=seed, algorithm=ORDER_ALGORITHM, sections=tuple(plans))

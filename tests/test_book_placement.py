"""Labels of the static network figures: none overlaps another label or covers a node."""

from __future__ import annotations

import random

import pytest

from kznetworks.book.placement import Label, place_labels


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_random_drawings_get_no_overlapping_label() -> None:
    rng = random.Random(7)
    for _ in range(20):
        nodes = [(f"n{i}", rng.uniform(0, 400), rng.uniform(0, 300), 4.0) for i in range(60)]
        wanted = [(k, f"Name {k} " * rng.randint(1, 2)) for k, *_ in nodes]
        placed = place_labels(nodes, wanted, width=400, height=300)
        assert placed, "some labels fit"
        boxes = [p.box() for p in placed]
        for i, a in enumerate(boxes):
            assert a[0] >= 0 and a[2] <= 400 and a[1] >= 0 and a[3] <= 300
            assert not any(_overlap(a, b) for b in boxes[i + 1 :])
        for label in placed:
            left, top, right, bottom = label.box()
            for key, x, y, r in nodes:
                if key != label.key:
                    nx, ny = min(max(x, left), right), min(max(y, top), bottom)
                    assert (nx - x) ** 2 + (ny - y) ** 2 >= r * r


def test_first_choice_is_above_then_below() -> None:
    placed = place_labels([("a", 50, 50, 5), ("b", 52, 50, 5)], [("a", "Alpha"), ("b", "Beta")])
    assert placed[0].y < 50 < placed[1].y
    assert placed[0].x == placed[1].x - 2


def test_a_label_with_no_room_is_left_out() -> None:
    nodes = [("a", 10, 10, 9), ("b", 10, 30, 9), ("c", 30, 10, 9), ("d", 10, -10, 9)]
    placed = place_labels(nodes, [("a", "A long label")], width=40, height=40)
    assert placed == []


def test_label_box() -> None:
    assert Label("a", "A", 10, 10, 6, 9).box() == (7.0, 5.5, 13.0, 14.5)


def test_unknown_candidate() -> None:
    with pytest.raises(KeyError):
        place_labels([("a", 0, 0, 1)], [("b", "B")])


def test_chart_labels_fix_the_scales_and_label_the_most_connected_first() -> None:
    import pandas as pd

    from kznetworks.book.placement import MARGIN, MAX_LABELS, chart_labels

    n = MAX_LABELS + 10
    nodes = pd.DataFrame(
        {
            "entity_id": [f"e{i}" for i in range(n)],
            "name": [f"N{i}" for i in range(n)],
            "x": [float(i % 10) for i in range(n)],
            "y": [float(i // 10) for i in range(n)],
            "degree": list(range(n)),
        }
    )
    x_scale, y_scale, labels = chart_labels(nodes, 800, 600)
    assert x_scale.domain == [-9 * MARGIN, 9 + 9 * MARGIN]
    assert y_scale.domain == [-4 * MARGIN, 4 + 4 * MARGIN]
    assert len(labels) <= MAX_LABELS
    assert labels["label"].iloc[0] == f"N{n - 1}"

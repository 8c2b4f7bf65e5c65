"""The sentiment chart is a real PNG image, sized to its topics, drawn from any thread."""

from __future__ import annotations

import asyncio
import io

import matplotlib.image

from bot.render.charts import NEGATIVE, POSITIVE, bar_color, polarity_chart

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def decode(png: bytes):  # type: ignore[no-untyped-def]
    return matplotlib.image.imread(io.BytesIO(png), format="png")


def test_chart_is_a_decodable_png() -> None:
    png = polarity_chart(["exports", "child labor", "brand image"], [0.4, -0.6, 0.0], title="Sentiment")
    assert png.startswith(PNG_MAGIC)
    image = decode(png)
    height, width = image.shape[:2]
    assert width >= 600 and height >= 150


def test_chart_grows_with_the_number_of_topics() -> None:
    few = decode(polarity_chart(["a", "b"], [0.1, -0.1]))
    many = decode(polarity_chart([f"topic {i}" for i in range(20)], [i / 20 for i in range(20)]))
    assert many.shape[0] > few.shape[0]


def test_chart_handles_long_labels_out_of_range_values_and_no_topics() -> None:
    assert polarity_chart(["x" * 500], [5.0]).startswith(PNG_MAGIC)
    assert polarity_chart([], []).startswith(PNG_MAGIC)


def test_bars_are_coloured_by_sign() -> None:
    assert bar_color(0.5) == POSITIVE
    assert bar_color(-0.5) == NEGATIVE
    assert bar_color(0.0) not in (POSITIVE, NEGATIVE)


async def test_charts_render_concurrently_off_the_event_loop() -> None:
    results = await asyncio.gather(
        *(asyncio.to_thread(polarity_chart, [f"t{i}", "u"], [0.2, -0.2]) for i in range(4))
    )
    assert all(r.startswith(PNG_MAGIC) for r in results)

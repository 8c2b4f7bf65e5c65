"""Real text in legacy encodings is decoded exactly; a guess that reads as noise is not kept."""

from __future__ import annotations

import pytest

from bot.errors import InputError
from bot.ingest import from_bytes
from bot.ingest.decode import decode_bytes
from bot.ingest.plausible import MAX_ODD_SHARE, odd_share

from .legacy_texts import JAPANESE, LEGACY_TEXTS, RUSSIAN, first_sentence

LIMIT = 1_000_000
# Known gaps, not about noise: both misreadings are plausible Latin text, which only a language model
# could tell apart. Strict, so that a fix is noticed.
MISREAD = {
    "czech-iso8859_2": "read as Windows-1252 (středu → støedu) or Windows-1250 (že → ľe)",
    "turkish-cp1254": "read as Windows-1252 (salı → salý)",
}


def _cases(texts: list[tuple[str, str, str]]) -> list[object]:
    return [
        pytest.param(
            encoding,
            text,
            id=label,
            marks=[pytest.mark.xfail(strict=True, reason=MISREAD[label])] if label in MISREAD else [],
        )
        for label, encoding, text in texts
    ]


@pytest.mark.parametrize("encoding,text", _cases(LEGACY_TEXTS))
def test_news_prose_in_a_legacy_encoding_is_decoded_exactly(encoding: str, text: str) -> None:
    assert decode_bytes(text.encode(encoding), "article.txt") == text


@pytest.mark.parametrize("encoding,text", _cases(LEGACY_TEXTS))
def test_a_single_sentence_in_a_legacy_encoding_is_decoded_exactly(encoding: str, text: str) -> None:
    sentence = first_sentence(text)
    assert decode_bytes(sentence.encode(encoding), "short.txt") == sentence


NON_LATIN = [(label, encoding, text) for label, encoding, text in LEGACY_TEXTS if label.split("-")[0] in
             ("chinese", "japanese", "korean", "russian", "ukrainian", "greek")]  # fmt: skip


@pytest.mark.parametrize("encoding,text", _cases(NON_LATIN))
def test_a_dozen_characters_are_decoded_exactly_or_refused_never_misread(encoding: str, text: str) -> None:
    """Twelve characters are too few to be sure of an encoding: refusing is fine, nonsense is not."""
    fragment = text[:12]
    try:
        got = decode_bytes(fragment.encode(encoding), "tiny.txt")
    except InputError as exc:
        assert "not text in any encoding" in str(exc)
        return
    assert got == fragment


def test_legacy_html_without_a_declared_charset_keeps_its_text() -> None:
    """Markup is ASCII, which says nothing about the encoding: only the text is judged."""
    page = (
        '<html><head><title>交通計画</title><script>var pageConfig = {"articleId": 12345};</script>'
        f"</head><body><article><h1>交通計画</h1><p>{JAPANESE.replace(chr(10), '</p><p>')}</p>"
        "</article></body></html>"
    )
    got = from_bytes(page.encode("shift_jis"), "page.html", max_chars=LIMIT)
    assert "東京都は火曜日" in got.text and "土砂災害に警戒する" in got.text


def test_half_width_katakana_in_japanese_prose_are_kept() -> None:
    text = "東京都は火曜日、新しいﾃﾞｰﾀｾﾝﾀｰを建設すると発表した。総事業費は五百億円にのぼる見込みだという。"
    assert decode_bytes(text.encode("shift_jis"), "dc.txt") == text


def test_rare_name_characters_do_not_sink_a_chinese_article() -> None:
    """朱镕基 has a character outside the frequent set: a few such names in an article are fine."""
    text = "国务院总理朱镕基周二在北京会见了来访的外国代表团，双方就经贸合作等问题深入交换了意见。" * 3
    assert decode_bytes(text.encode("gbk"), "visit.txt") == text


@pytest.mark.parametrize("label,encoding,text", LEGACY_TEXTS, ids=[t[0] for t in LEGACY_TEXTS])
def test_real_prose_has_no_odd_characters(label: str, encoding: str, text: str) -> None:
    assert odd_share(text) == 0.0


NOISE = {
    "rare ideographs": "蓩辕衲龽閾蚺誵鶃螀鷱蒓釬饬鱼虼蟼賓酳髭鶾蟷誃膗赸駺跉賗鏆覅铵",
    "uncommon Hangul syllables": "껼顔걽꽛슖옋銅뤂쥑郎톺딸텃꽥폽풂텐",
    "random case inside words": "бСґПкфУЛйџћ ЖьЪф кБДШЮёЯьї",
    "box drawing": "╬═╗ ▒▓ ╠╣ ░ ┤╡╢",
    "Arabic presentation forms": "ﻗﹼﺕﺁﻎﺟ ﺧﺥﺻﺁﺂ",
    "symbols inside words": "zatwierdzi³a pr¤ed wo¶ci",
    "two alphabets in one word": "аéбçвàг ΔжΨщ",
    "lone Hangul jamo": "ㅟㄻㅞㄽ ㅟㄻㅞ",
    "half-width katakana without Japanese prose": "ﾁﾗﾉﾔﾅﾌﾘﾓﾔﾗ ｿｯﾕ ｱｾﾆ",
}


@pytest.mark.parametrize("noise", NOISE.values(), ids=list(NOISE))
def test_typical_decodings_of_random_bytes_are_mostly_odd(noise: str) -> None:
    assert odd_share(noise) > MAX_ODD_SHARE


def test_ascii_is_not_judged() -> None:
    """Only non-ASCII characters tell encodings apart; camelCase code or URLs are no evidence."""
    assert odd_share("var xYz = fooBar(); https://example.com/aBc") == 0.0
    assert odd_share(RUSSIAN + " getElementById innerHTML iPhone") == 0.0

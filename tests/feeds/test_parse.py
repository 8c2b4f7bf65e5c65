"""Reading feeds: every format a news site publishes, items oldest first with stable keys, and what is
refused (a web page, broken XML, JSON that is not a feed) in one sentence."""

from __future__ import annotations

import json

import pytest

from bot.errors import InputError
from bot.ingest.feeds import parse_feed

URL = "https://news.example/feed"

RSS_091 = b"""<?xml version="1.0"?><rss version="0.91"><channel><title>Old Times</title>
<link>https://news.example/</link><description>d</description><language>en</language>
<item><title>Second</title><link>https://news.example/2</link><description>Two.</description></item>
<item><title>First</title><link>https://news.example/1</link><description>One.</description></item>
</channel></rss>"""

RSS_10 = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>RDF News</title><link>https://news.example/</link>
<description>d</description></channel>
<item rdf:about="https://news.example/b"><title>Later</title><link>https://news.example/b</link>
<dc:date>2026-03-02T10:00:00Z</dc:date></item>
<item rdf:about="https://news.example/a"><title>Earlier</title><link>https://news.example/a</link>
<dc:date>2026-03-01T10:00:00Z</dc:date></item>
</rdf:RDF>"""

RSS_20 = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Daily &amp; Co</title>
<item><title>Council &lt;votes&gt;</title><guid>tag:daily,2026:7</guid><link>https://news.example/7</link>
<pubDate>Tue, 03 Mar 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The council &lt;b&gt;voted&lt;/b&gt; on Tuesday.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>No link, no guid</title><description>Text only.</description>
<pubDate>Mon, 02 Mar 2026 09:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title type="text">Atom Daily</title><id>urn:atom-daily</id><updated>2026-03-02T00:00:00Z</updated>
<entry><title>Relative link</title><id>urn:atom-daily:1</id><link rel="alternate" href="/stories/1"/>
<updated>2026-03-02T00:00:00Z</updated><content type="html">&lt;p&gt;Full text here.&lt;/p&gt;</content>
<summary>Short.</summary></entry></feed>"""


def test_rss_091_keeps_feed_order_reversed_when_items_have_no_dates() -> None:
    feed = parse_feed(RSS_091, URL)
    assert (feed.title, feed.kind) == ("Old Times", "rss091u")
    assert [i.title for i in feed.items] == ["First", "Second"]
    assert [i.key for i in feed.items] == ["https://news.example/1", "https://news.example/2"]


def test_rss_10_items_come_oldest_first_by_date() -> None:
    feed = parse_feed(RSS_10, URL)
    assert feed.title == "RDF News" and feed.kind == "rss10"
    assert [i.title for i in feed.items] == ["Earlier", "Later"]
    assert feed.items[0].published is not None and feed.items[0].published < (feed.items[1].published or 0)


def test_rss_20_guid_first_html_stripped_and_a_hash_key_without_guid_or_link() -> None:
    feed = parse_feed(RSS_20, URL)
    assert feed.title == "Daily & Co"
    text_only, council = feed.items
    assert council.key == "tag:daily,2026:7" and council.title == "Council <votes>"
    assert council.content == "The council voted on Tuesday."  # markup and scripts gone
    assert text_only.link is None and text_only.key.startswith("sha256:")
    assert parse_feed(RSS_20, URL).items[0].key == text_only.key  # stable across polls


def test_atom_links_resolve_against_the_feed_and_content_beats_summary() -> None:
    (entry,) = parse_feed(ATOM, "https://news.example/atom.xml").items
    assert entry.link == "https://news.example/stories/1"
    assert entry.content == "Full text here."
    assert parse_feed(ATOM, URL).kind == "atom10"


def test_json_feed() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "JSON Times",
            "items": [
                {"id": "2", "url": "https://news.example/j2", "title": "Newer",
                 "content_html": "<p>Second <em>story</em>.</p>", "date_published": "2026-03-02T10:00:00+01:00"},
                {"id": 1, "url": "https://news.example/j1", "content_text": "First story.\nMore.",
                 "date_published": "2026-03-01T10:00:00Z"},
                "not an item",
            ],
        }
    ).encode()  # fmt: skip
    feed = parse_feed(body, URL, "application/feed+json")
    assert (feed.title, feed.kind) == ("JSON Times", "json1")
    first, newer = feed.items
    # Without a title, the first line of its text names it.
    assert (first.key, first.title, first.content) == ("1", "First story.", "First story.\nMore.")
    assert (newer.key, newer.title, newer.content) == ("2", "Newer", "Second story.")


@pytest.mark.parametrize(
    "body,fragment",
    [
        (b"<!doctype html><html><head><title>Home</title></head><body>Hi</body></html>", "is a web page"),
        (b"<?xml version='1.0'?><rss version='2.0'><channel><item><title>x</ti", "is a broken feed"),
        (b"Just some words in a file.", "is not a news feed"),
        (b'{"title": "no version"}', "not a JSON Feed"),
        (b'{"version": "https://jsonfeed.org/version/1", "items": 3}', "items are not a list"),
        (b"{not json", "its JSON cannot be read"),
    ],
)
def test_what_is_not_a_feed_is_one_sentence(body: bytes, fragment: str) -> None:
    with pytest.raises(InputError) as refused:
        parse_feed(body, URL)
    assert fragment in str(refused.value) and "\n" not in str(refused.value)

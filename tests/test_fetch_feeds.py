"""read_feed: RSS and Atom items as plain values; broken feeds give a clear error."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from triangulate.fetch import FeedUnreadable, Fetched, looks_like_feed, read_feed


def fetched(body: str, content_type: str | None = "application/rss+xml") -> Fetched:
    return Fetched(
        url="https://harbour.example/feed.xml",
        requested="https://harbour.example/feed.xml",
        status=200,
        content_type=content_type,
        body=body.encode("utf-8"),
        fetched_at=datetime(2024, 5, 2, tzinfo=UTC),
    )


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Harbour Gazette</title>
  <link>https://harbour.example/</link>
  <item>
    <title>Ferry service resumes after storm</title>
    <link>/news/ferry.html</link>
    <pubDate>Thu, 02 May 2024 07:15:00 +0200</pubDate>
    <description>&lt;p&gt;About &lt;b&gt;300&lt;/b&gt; passengers   waited.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Council votes on new sea wall</title>
    <link>https://harbour.example/news/wall.html</link>
  </item>
  <item><title>Untitled wire brief</title></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Monitor</title>
  <id>urn:uuid:7d1c0a4e-0000-4000-8000-000000000001</id>
  <updated>2024-05-01T12:00:00Z</updated>
  <entry>
    <title>Bridge reopens to traffic</title>
    <link href="https://valley.example/bridge" rel="alternate"/>
    <id>urn:uuid:7d1c0a4e-0000-4000-8000-000000000002</id>
    <updated>2024-05-01T11:00:00Z</updated>
    <summary>Engineers cleared the span on Wednesday.</summary>
  </entry>
</feed>
"""


def test_feeds_rss_items() -> None:
    items = read_feed(fetched(RSS))
    assert [item.url for item in items] == [
        "https://harbour.example/news/ferry.html",
        "https://harbour.example/news/wall.html",
        None,
    ]
    first = items[0]
    assert first.title == "Ferry service resumes after storm"
    assert first.published == "2024-05-02T05:15:00+00:00"
    assert first.summary == "About 300 passengers waited."
    assert items[1].published is None
    assert items[2].title == "Untitled wire brief"


def test_feeds_atom_items() -> None:
    (item,) = read_feed(fetched(ATOM, "application/atom+xml"))
    assert item.url == "https://valley.example/bridge"
    assert item.title == "Bridge reopens to traffic"
    assert item.published == "2024-05-01T11:00:00+00:00"
    assert item.summary == "Engineers cleared the span on Wednesday."


def test_feeds_broken_but_readable_feed_is_kept() -> None:
    broken = RSS.replace("</channel></rss>", "")  # truncated: not well-formed XML
    items = read_feed(fetched(broken))
    assert len(items) == 3


@pytest.mark.parametrize(
    "body",
    [
        "<html><body><p>Not a feed at all</p></body></html>",
        "\x00\x01garbage",
        "",
        '{"items": []}',
    ],
)
def test_feeds_unreadable_feed_raises_clear_error(body: str) -> None:
    with pytest.raises(FeedUnreadable, match="is not a readable RSS or Atom feed") as info:
        read_feed(fetched(body, "text/xml"))
    assert info.value.code == "T103"
    assert "https://harbour.example/feed.xml" in str(info.value)


def test_feeds_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRETVALUE")
    xxe = RSS.replace(
        '<rss version="2.0">',
        f'<!DOCTYPE rss [<!ENTITY secret SYSTEM "{secret.as_uri()}">]><rss version="2.0">',
    ).replace("Council votes", "&secret; Council votes")
    items = read_feed(fetched(xxe))
    assert all("TOPSECRETVALUE" not in (item.title or "") for item in items)


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (RSS, "application/rss+xml", True),
        (RSS, "text/xml", True),
        (RSS, None, True),
        (ATOM, "application/xml; charset=utf-8", True),
        ("<!doctype html><html><body>page</body></html>", "text/html", False),
        ("<?xml version='1.0'?><svg/>", "application/xml", False),
    ],
)
def test_feeds_looks_like_feed(body: str, content_type: str | None, expected: bool) -> None:
    assert looks_like_feed(fetched(body, content_type)) is expected

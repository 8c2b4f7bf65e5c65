-- feeds servers follow, their items seen, announcements to post, and the poller's lease

-- Times are seconds since the epoch. A feed (one URL) is fetched once for every server that
-- follows it; a subscription is one server following it into one channel. "IF NOT EXISTS": a library
-- rewound to an earlier version number (by hand, or a test) migrates again without failing.

CREATE TABLE IF NOT EXISTS feeds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    next_poll_at REAL NOT NULL,
    polled_at REAL,                             -- last successful fetch, NULL: never polled
    failures INTEGER NOT NULL DEFAULT 0,
    failing_since REAL,
    last_error TEXT,
    paused INTEGER NOT NULL DEFAULT 0,          -- failing for too long: polled again only when asked
    claimed_by TEXT,                            -- the process polling it now, until claimed_until
    claimed_until REAL
);

CREATE TABLE IF NOT EXISTS feed_subscriptions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guild_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    added_by INTEGER,
    added_at REAL NOT NULL,
    pause_told INTEGER NOT NULL DEFAULT 0,      -- its channel was told the feed is paused
    UNIQUE (guild_id, feed_id)
);

CREATE INDEX IF NOT EXISTS feed_subscriptions_feed ON feed_subscriptions (feed_id);

CREATE TABLE IF NOT EXISTS feed_items (
    feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,                     -- GUID, else link, else a hash of title and text
    seen_at REAL NOT NULL,
    PRIMARY KEY (feed_id, item_key)
);

-- One announcement per article and subscription, whatever the item's key: a feed that
-- republishes an article under a new GUID is not announced twice.
CREATE TABLE IF NOT EXISTS feed_posts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES feed_subscriptions (id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    link TEXT,
    created_at REAL NOT NULL,
    posted_at REAL,                             -- NULL: still to announce
    error TEXT,
    UNIQUE (subscription_id, item_key),
    UNIQUE (subscription_id, article_id)
);

CREATE INDEX IF NOT EXISTS feed_posts_pending ON feed_posts (posted_at, id);

-- The poller's lease: of several bot processes sharing the library, the one holding it polls.
CREATE TABLE IF NOT EXISTS feed_leases (
    name TEXT PRIMARY KEY,
    holder TEXT NOT NULL,
    expires_at REAL NOT NULL
);

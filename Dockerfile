# Newsdesk bot image: `docker compose up -d` builds and runs it (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Install the dependencies in their own layer, so editing the code does not reinstall them.
COPY pyproject.toml README.md ./
RUN mkdir bot cogs && touch bot/__init__.py cogs/__init__.py \
    && pip install . \
    && pip uninstall --yes newsdesk \
    && rm -rf bot cogs

COPY bot ./bot
COPY cogs ./cogs
COPY seeds ./seeds
RUN pip install --no-deps .

# Run as an unprivileged user; the library lives on the /data volume it owns.
RUN useradd --create-home --uid 10001 newsdesk \
    && mkdir -p /data \
    && chown newsdesk:newsdesk /data
USER newsdesk

ENV NEWSDESK_DB=/data/newsdesk.db \
    NEWSDESK_SEEDS=/app/seeds \
    MPLCONFIGDIR=/tmp/matplotlib
VOLUME ["/data"]

# Healthy while the bot is connected to Discord (it touches a heartbeat file every 30 s).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 CMD ["newsdesk", "health"]

CMD ["newsdesk", "run"]

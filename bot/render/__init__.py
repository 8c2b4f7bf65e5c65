"""Turning Newsdesk's results into Discord messages: embeds within limits, pagination, charts."""

"""Newsdesk: a Discord bot that keeps a library of news articles and reads them for you."""

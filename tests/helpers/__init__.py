"""Helpers shared by the tests: dialog answerers, the article's data, clicking cells."""

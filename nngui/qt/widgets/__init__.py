"""The views: each takes the training session and the document, and listens."""

"""Text: documents into articles, sentences and the facts read from them."""

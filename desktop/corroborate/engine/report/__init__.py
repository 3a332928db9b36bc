"""Report: everything the product says, as Markdown, JSON and the coverage map."""

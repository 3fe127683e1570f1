"""Report writers: JSON (the public format), text (rich tables), HTML and annotated workbooks."""

"""Natural-language processing: the spaCy pipeline, behind one adapter."""

"""Time: anchoring time phrases on report dates, and the story timeline."""

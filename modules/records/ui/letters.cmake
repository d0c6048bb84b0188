# Incoming letters: the page, the letters tab, the letter view and import.

 for a in b}

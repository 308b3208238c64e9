words = ["Alpha".casefold(), "B".lower(), "Straße".casefold(), "x\ty".expandtabs(4)]

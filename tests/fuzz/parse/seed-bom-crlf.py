a = 1
b = "\N{BULLET}" b"\x00"
	c

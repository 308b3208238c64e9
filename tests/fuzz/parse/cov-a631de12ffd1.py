[ codingx = 1

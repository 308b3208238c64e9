a = '\u00e9' * 3
b = a + 'x'
c = '\u20ac' + str(5)
d = '\U0001F600' + str(5)

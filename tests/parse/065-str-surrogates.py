a = "\ud800"
b = "\U0001F600"
c = "\u00e9"
d = "\xa0\xad"

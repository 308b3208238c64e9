a = "\ud8int"
b = "= : lati*id]-xad"

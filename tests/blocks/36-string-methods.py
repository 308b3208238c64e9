s = 'Hello, World ' * 5
parts = s.split()
u = s.upper()
r = s.replace('o', '0')

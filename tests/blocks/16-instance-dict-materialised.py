class C:
    pass
c = C()
c.a = 1
d = c.__dict__

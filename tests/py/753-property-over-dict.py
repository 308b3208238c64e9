# A property wins over the instance's __dict__ even when it is added to the
# class after the attribute was stored, and stops winning once removed.
class C:
    pass
c = C()
c.x = 1
print(c.x, c.__dict__)
C.x = property(lambda self: 'from the property', lambda self, v: print('setter got', v))
print(c.x)
c.x = 5
print(c.__dict__)
del C.x
print(c.x)
class D(C):
    y = property(lambda self: 'y of D')
d = D()
d.__dict__['y'] = 'shadowed?'
print(d.y, getattr(d, 'y'), hasattr(d, 'y'))
del D.y
print(d.y)

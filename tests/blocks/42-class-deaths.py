import gc
class Gone:
    pass
class GoneSub(Gone):
    __slots__ = ()
del Gone, GoneSub
gc.collect()
class Kept:
    __slots__ = 'x'

# warnings' already_warned reads the registry's 'version' with
# PyLong_AsSsize_t: an int too large for a C long raises OverflowError
# (the registry is not cleared); a relative import from a top-level
# module warns through it.
__warningregistry__ = {'version': 2**70, 'k': 1}
try:
    from . import x
except OverflowError as e:
    print('OverflowError', e)
except ImportError as e:
    print('ImportError', e)
print(sorted(__warningregistry__))
__warningregistry__ = {'version': -2**70}
try:
    from . import x
except OverflowError as e:
    print('OverflowError', e)
print(__warningregistry__)

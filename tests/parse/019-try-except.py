try:
    x = 1
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except:
    raise
else:
    y = 2
finally:
    z = 3
try:
    pass
finally:
    pass

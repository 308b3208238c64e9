# Recursion in a method: the same frame three times, then "[Previous line
# repeated N more times]"; once with exactly one more time.
class Walker:
    def __init__(self, limit):
        self.limit = limit

    def down(self, n):
        if n == self.limit:
            return {}[n]
        return self.down(n + 1)


def attempt(limit):
    try:
        Walker(limit).down(0)
    except KeyError as e:
        print("KeyError", e)


attempt(4)


class Probe:
    def __del__(self):
        Walker(4).down(0)


p = Probe()
del p


def forever(n):
    return 1 + forever(n + 1)


forever(0)

# Messages of bad calls and bad assignments where CPython words them per
# path: a slice assignment from a non-iterable (step 1 or extended), and
# min()/max() given an unknown keyword.
def attempt(label, f):
    try:
        f()
        print(label, 'ok')
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(l, s, value):
    l[s] = value

nums = list(range(10))
attempt('step 1', lambda: assign(nums, slice(2, 4), 5))
attempt('step 2', lambda: assign(nums, slice(None, None, 2), 5))
attempt('step -1', lambda: assign(nums, slice(None, None, -1), None))
attempt('wrong size', lambda: assign(nums, slice(None, None, 3), [1]))
attempt('itself', lambda: assign(nums, slice(None, None, -1), nums))
print(nums)
nums[2:5] = nums
print(nums)
attempt('max kw', lambda: max([1, 2], bogus=1))
attempt('min kw', lambda: min(3, 4, reverse=True))
attempt('max key+default', lambda: max([], key=len, default='empty'))
attempt('min two kws', lambda: min([1], key=None, default=0, other=1))

class Gen:
    def __iter__(self):
        raise TypeError('iteration refused')

attempt('iter TypeError', lambda: assign(nums, slice(0, 1), Gen()))
attempt('iter TypeError ext', lambda: assign(nums, slice(0, 4, 2), Gen()))

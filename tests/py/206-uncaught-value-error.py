# uncaught ValueError from int() of a non-numeric string
text = "12 34 x 56"
nums = []
for part in text.split():
    nums.append(int(part))
    print(nums)

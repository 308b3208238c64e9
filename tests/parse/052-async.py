async def f():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return [i async for i in g()]

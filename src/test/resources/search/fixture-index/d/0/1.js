BulletinSearch.register({"k":"d","i":1,"u":"issues/2023/11/04-huaihua.html","t":"档案归档","c":"怀化","s":"huaihua","r":"zhuanbao","n":11,"y":2023,"a":"2023-07-06","e":"测试","x":"2023 批次的编号12023年度档案已归档。"});

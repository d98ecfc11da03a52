BulletinSearch.register({"k":"d","i":5,"u":"issues/2023/12/01-hengyang.html","t":"河湖长制","c":"衡阳","s":"hengyang","r":"zhuanbao","n":12,"y":2023,"a":"2023-07-20","e":"测试","x":"落实河长巡河制度，河湖面貌持续改善。"});

BulletinSearch.register({"k":"d","i":0,"u":"issues/2023/18/01-hengyang.html","t":"政务服务改革推进","c":"衡阳","s":"hengyang","n":18,"y":2023,"a":"2023-10-12","e":"测试","x":"推进无证明城市建设，电子证照扩大应用。"});

BulletinSearch.register({"k":"d","i":4,"u":"issues/2023/16/01-changsha.html","t":"无证明城市建设经验","c":"长沙","s":"changsha","n":16,"y":2023,"a":"2023-09-14","e":"测试","x":"推进无证明城市建设，电子证照扩大应用。"});

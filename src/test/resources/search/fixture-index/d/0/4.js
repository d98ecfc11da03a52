BulletinSearch.register({"k":"d","i":4,"u":"issues/2023/11/01-xiangtan.html","t":"证照分离","c":"湘潭","s":"xiangtan","r":"zhuanbao","n":11,"y":2023,"a":"2023-07-06","e":"测试","x":"2023年全面推行证照分离改革。"});

BulletinSearch.register({"k":"d","i":7,"u":"issues/2023/15/01-zhuzhou.html","t":"巩固拓展改革","c":"株洲","s":"zhuzhou","r":"zhuanbao","n":15,"y":2023,"a":"2023-08-31","e":"测试","x":"巩固拓展一件事一次办改革，株洲经验获肯定。"});

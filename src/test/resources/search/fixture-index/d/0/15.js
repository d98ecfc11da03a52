BulletinSearch.register({"k":"d","i":15,"u":"issues/2023/18/02-beijing.html","t":"集成服务改革","c":"北京","s":"beijing","r":"zhuanbao","n":18,"y":2023,"a":"2023-10-12","e":"测试","x":"推出更多一件事集成服务，株洲经验获肯定。"});

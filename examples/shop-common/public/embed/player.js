// The embedded player remembers its settings in `st_player` (service `video-embed`).
document.cookie = 'st_player=volume-80; Max-Age=15552000; Path=/; SameSite=Lax';

package vn.bienphong.emulation.common.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** {@code ?page=0&size=50}: which page of a long list, counted from 0; at most 500 items a page. */
public class PageRequest {

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = 500, message = "must be at most 500")
    public int size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }
}
